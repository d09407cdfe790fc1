"""Accounts and organisations: sign-up with e-mail confirmation, log-in, throttling, password
reset, organisations with join requests, and the security defaults."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from gcmhub.accounts.models import Membership, Organisation

User = get_user_model()
PASSWORD = "a long and unusual passphrase 42"


def sign_up(client, email="amina@example.org", name="Amina") -> None:
    response = client.post(
        "/accounts/signup/",
        {"email": email, "first_name": name, "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def confirmed_user(client, email="amina@example.org", name="Amina"):
    sign_up(client, email, name)
    client.get(link_in(mail.outbox[-1]))
    return User.objects.get(username=email)


def test_it_signs_up_inactive_and_sends_a_confirmation_link(client, reference):
    sign_up(client)
    user = User.objects.get(username="amina@example.org")
    assert not user.is_active
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["amina@example.org"]
    assert "/accounts/confirm/" in mail.outbox[0].body


def test_the_link_activates_logs_in_and_works_once(client, reference):
    sign_up(client)
    link = link_in(mail.outbox[0])
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == "/accounts/me/"
    assert User.objects.get(username="amina@example.org").is_active
    assert client.get("/accounts/me/").status_code == 200
    assert Client().get(link).status_code == 400


def test_a_forged_link_is_refused(client, reference):
    sign_up(client)
    user = User.objects.get()
    response = client.get(f"/accounts/confirm/{user.pk}/not-a-token/")
    assert response.status_code == 400
    assert not User.objects.get().is_active


def test_an_unconfirmed_account_cannot_log_in(client, reference):
    sign_up(client)
    response = client.post(
        "/accounts/login/", {"username": "amina@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200  # the form again
    assert "_auth_user_id" not in client.session


def test_an_e_mail_signs_up_once(client, reference):
    sign_up(client)
    response = client.post(
        "/accounts/signup/",
        {
            "email": "AMINA@example.org",
            "first_name": "X",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 422
    assert "already exists" in response.content.decode()
    assert User.objects.count() == 1


def test_passwords_are_hashed_with_argon2(client, reference):
    sign_up(client)
    assert User.objects.get().password.startswith("argon2")


def test_it_logs_in_by_e_mail_whatever_the_case_and_logs_out_by_post(client, reference):
    confirmed_user(client)
    client.post("/accounts/logout/")
    response = client.post(
        "/accounts/login/", {"username": "Amina@Example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/accounts/logout/").status_code == 405
    client.post("/accounts/logout/")
    assert client.get("/accounts/me/").status_code == 302


def test_brute_force_log_in_is_locked_out(client, reference):
    confirmed_user(client)
    client.post("/accounts/logout/")
    for _ in range(5):
        client.post("/accounts/login/", {"username": "amina@example.org", "password": "wrong"})
    response = client.post(
        "/accounts/login/", {"username": "amina@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_post_without_csrf_token_is_refused(reference):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        "/accounts/signup/",
        {"email": "x@example.org", "first_name": "X", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 403
    assert not User.objects.exists()


def test_password_reset_by_e_mail(client, reference):
    confirmed_user(client)
    client.post("/accounts/logout/")
    mail.outbox.clear()
    assert (
        client.post("/accounts/password_reset/", {"email": "amina@example.org"}).status_code == 302
    )
    link = link_in(mail.outbox[0])
    form_url = client.get(link)["Location"]  # Django swaps the token for a session key
    new = "another long passphrase 77"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    assert User.objects.get().check_password(new)


@pytest.fixture
def organisation(client, reference):
    confirmed_user(client)
    response = client.post(
        "/organisations/new/",
        {"name": "Ministry of  Labour", "actor_type": "national-government", "country": "TH"},
    )
    assert response.status_code == 302
    return Organisation.objects.get()


def test_the_creator_administers_the_new_organisation(organisation):
    assert organisation.name == "Ministry of Labour" and organisation.slug == "ministry-of-labour"
    membership = Membership.objects.get()
    assert (membership.role, membership.status) == ("admin", "approved")


def test_a_duplicate_organisation_is_refused(client, organisation):
    response = client.post(
        "/organisations/new/",
        {"name": "ministry of labour", "actor_type": "national-government", "country": "TH"},
    )
    assert response.status_code == 422
    assert Organisation.objects.count() == 1


def test_joining_waits_for_the_administrator(client, organisation):
    other = Client()
    confirmed_user(other, "ben@example.org", "Ben")
    other.post(f"/organisations/{organisation.slug}/join")
    request = Membership.objects.get(user__username="ben@example.org")
    assert request.status == "pending"
    # Ben cannot approve himself, and cannot see the member list yet.
    url = f"/organisations/{organisation.slug}/members/{request.pk}/approve"
    assert other.post(url).status_code == 404
    assert "Members" not in other.get(organisation.get_absolute_url()).content.decode()
    assert (
        other.post(f"/organisations/{organisation.slug}/members/{request.pk}/promote").status_code
        == 404
    )
    # The administrator sees the request and approves it.
    assert "Ben" in client.get("/accounts/me/").content.decode()
    assert client.post(url).status_code == 302
    request.refresh_from_db()
    assert request.status == "approved"
    assert "Members" in other.get(organisation.get_absolute_url()).content.decode()


def test_a_declined_request_is_gone(client, organisation):
    other = Client()
    confirmed_user(other, "ben@example.org", "Ben")
    other.post(f"/organisations/{organisation.slug}/join")
    request = Membership.objects.get(user__username="ben@example.org")
    client.post(f"/organisations/{organisation.slug}/members/{request.pk}/decline")
    assert not Membership.objects.filter(pk=request.pk).exists()


def test_pages_send_the_security_headers(client, reference):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "GCMHUB_DATA_DIR": str(tmp_path),
        "GCMHUB_DEBUG": "",
        "GCMHUB_HTTPS": "1",
        "GCMHUB_SECRET_KEY": secrets.token_urlsafe(64),
        "GCMHUB_ALLOWED_HOSTS": "gcmhub.example.org",
    }
    done = subprocess.run(
        [sys.executable, "-m", "gcmhub", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_the_reviewers_command_grants_and_withdraws_the_role(reference):
    from io import StringIO

    from django.core.management import CommandError, call_command

    from gcmhub.accounts.roles import is_reviewer

    user = User.objects.create_user("rita@example.org", "rita@example.org", PASSWORD)
    call_command("reviewers", "add", "Rita@Example.org", stdout=StringIO())
    assert is_reviewer(user)
    out = StringIO()
    call_command("reviewers", stdout=out)
    assert out.getvalue().split() == ["rita@example.org"]
    call_command("reviewers", "remove", "rita@example.org", stdout=StringIO())
    assert not is_reviewer(User.objects.get(pk=user.pk))
    with pytest.raises(CommandError, match="no account"):
        call_command("reviewers", "add", "nobody@example.org")
