"""``gcmhub reviewers [add|remove EMAIL]``: who works the review queue."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from gcmhub.accounts.roles import REVIEWERS


class Command(BaseCommand):
    help = "List reviewers, or add or remove one by the e-mail of their account."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
        parser.add_argument("email", nargs="?")

    def handle(self, *args, action: str, email: str | None, **options) -> None:
        group, _created = Group.objects.get_or_create(name=REVIEWERS)
        if action == "list":
            for user in group.user_set.order_by("username"):
                self.stdout.write(user.username)
            return
        if not email:
            raise CommandError(f"give the e-mail of the account to {action}")
        user = get_user_model().objects.filter(username=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"no account with the e-mail {email!r}")
        if action == "add":
            user.groups.add(group)
        else:
            user.groups.remove(group)
        self.stdout.write(
            f"{user.username}: {'now' if action == 'add' else 'no longer'} a reviewer"
        )
