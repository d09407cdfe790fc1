"""The whole contribution path in real Chromium, with an axe check of every page it passes.

Ben signs up and confirms his e-mail, asks to join the Ministry that Amina created, Amina
approves; Ben describes a practice (the hub suggests tags and similar practices as he types)
and submits it; Rita, a reviewer, returns it with a comment; Ben revises and resubmits; Rita
publishes; the public sees it. Needs Debian's ``chromium`` (``make test`` installs it when it
can); without it the test is skipped with the reason shown.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail

from tests.browser.conftest import CHROMIUM, PASSWORD, Visitor, log_in

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
    pytest.mark.django_db(transaction=True),
]


def test_sign_up_join_submit_review_revise_publish(live_server, browser, transactional_db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from gcmhub.accounts.models import Organisation
    from gcmhub.accounts.roles import REVIEWERS
    from gcmhub.practices.ingesting import expand_paths, ingest_file
    from gcmhub.practices.models import AuditEvent, Practice, Revision
    from gcmhub.reference.loading import load_reference
    from gcmhub.search.vectors import sync_vectors
    from tests.conftest import EXAMPLES

    load_reference()
    for path in expand_paths([EXAMPLES]):
        assert ingest_file(path).ok
    sync_vectors()
    User = get_user_model()
    User.objects.create_user("amina@example.org", "amina@example.org", PASSWORD, first_name="Amina")
    rita = User.objects.create_user(
        "rita@example.org", "rita@example.org", PASSWORD, first_name="Rita"
    )
    rita.groups.add(Group.objects.get_or_create(name=REVIEWERS)[0])
    checked: dict[str, list[str]] = {}
    base = live_server.url

    # Amina logs in and creates her organisation.
    a = Visitor(browser, base, checked)
    log_in(a, "amina@example.org")
    a.go("/organisations/new/")
    a.page.locator("#id_name").fill("Ministry of Labour")
    a.page.locator("#id_actor_type").select_option("national-government")
    a.page.locator("#id_country").select_option("TH")
    a.submit("Create")
    assert Organisation.objects.filter(name="Ministry of Labour").exists()

    # Ben signs up, confirms by the e-mailed link, and asks to join.
    b = Visitor(browser, base, checked)
    b.go("/accounts/signup/")
    b.page.locator("#id_email").fill("ben@example.org")
    b.page.locator("#id_first_name").fill("Ben")
    b.page.locator("#id_password1").fill(PASSWORD)
    b.page.locator("#id_password2").fill(PASSWORD)
    b.submit("Create my account")
    assert "Check your e-mail" in b.page.content()
    link = re.search(r"https?://\S+/accounts/confirm/\S+", mail.outbox[-1].body).group(0)
    b.page.goto(link)
    b.axe()
    assert "Your e-mail is confirmed" in b.page.content()
    b.go("/organisations/ministry-of-labour/")
    b.submit("Ask to join")
    assert "waiting for an administrator" in b.page.content()

    # Amina approves him.
    a.go("/organisations/ministry-of-labour/")
    a.submit("Approve Ben")
    assert "Ben joined" in a.page.content()

    # Ben describes a practice; suggestions appear as he types.
    b.go("/practices/new/")
    b.page.locator("#id_title").fill("Case workers for families instead of detention")
    b.page.locator("#id_text").fill(
        "Thailand's ministry ends the immigration detention of migrant children: families "
        "live in the community with a case worker while their status is decided."
    )
    b.page.wait_for_selector("#suggestions li", timeout=30_000)
    assert "Similar practices" in b.page.inner_text("#suggestions")
    b.axe()
    b.page.locator("#id_primary_objective").select_option("13")
    b.page.locator("#id_start_year").fill("2019")
    b.page.locator("#id_implementation").select_option("fully")
    b.page.locator("#id_contact_name").fill("Somchai P.")
    b.page.locator("#id_contact_email").fill("focal.point@labour.example")
    b.submit("Submit for review")
    practice = Practice.objects.get(title="Case workers for families instead of detention")
    assert practice.status == "submitted"

    # Rita returns it with a comment.
    r = Visitor(browser, base, checked)
    log_in(r, "rita@example.org")
    r.go("/review/")
    r.page.get_by_role("link", name=practice.title).click()
    r.axe()
    score_all(r)
    r.page.get_by_role("radio", name="Return for changes").check()
    r.page.locator("#id_comment").fill("Please add evidence of results.")
    r.submit("Record the decision")
    practice.refresh_from_db()
    assert practice.status == "returned"

    # Ben reads the comment, revises and resubmits.
    b.go("/practices/mine/")
    b.page.get_by_role("link", name=practice.title).click()
    b.axe()
    assert "Please add evidence of results." in b.page.content()
    b.page.locator("#id_evidence").fill("No child detained since 2020.")
    b.submit("Submit for review")
    practice.refresh_from_db()
    assert practice.status == "submitted"

    # Rita publishes; the public sees it, without the focal point's contact.
    r.go(f"/review/{practice.uid}/")
    score_all(r)
    r.page.get_by_role("radio", name="Publish").check()
    r.submit("Record the decision")
    practice.refresh_from_db()
    assert practice.status == "published"
    public = Visitor(browser, base, checked)
    public.go(practice.get_absolute_url())
    assert practice.title in public.page.content()
    assert "focal.point" not in public.page.content()

    actions = list(AuditEvent.objects.filter(practice=practice).values_list("action", flat=True))
    assert actions == ["created", "submitted", "reviewed", "submitted", "reviewed"]
    assert Revision.objects.filter(practice=practice).count() == 6
    failures = {url: bad for url, bad in checked.items() if bad}
    assert len(checked) >= 12
    assert failures == {}, failures


def score_all(visitor: Visitor) -> None:
    for select in visitor.page.locator("select[name^=score_]").all():
        select.select_option("4")
