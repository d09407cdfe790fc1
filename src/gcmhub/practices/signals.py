"""Every write to practices or their tags moves :class:`IndexVersion`, inside the same transaction.

So a reader sees either the old rows with the old version or the new rows with the new one,
and the in-memory browse index of every process is rebuilt exactly when the data changed.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from gcmhub.practices.models import Citation, Practice, PracticeObjective
from gcmhub.practices.versioning import bump_version


def _bump(sender, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    action = kwargs.get("action")
    if action is not None and not action.startswith("post_"):
        return
    bump_version()


for model in (Practice, PracticeObjective, Citation):
    post_save.connect(_bump, sender=model, dispatch_uid=f"bump-save-{model.__name__}")
    post_delete.connect(_bump, sender=model, dispatch_uid=f"bump-delete-{model.__name__}")
for relation in ("principles", "countries", "regions", "actors", "sdg_targets"):
    m2m_changed.connect(
        _bump, sender=getattr(Practice, relation).through, dispatch_uid=f"bump-m2m-{relation}"
    )
