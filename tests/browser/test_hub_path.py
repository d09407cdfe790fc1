"""A request for support through the hub's pages in real Chromium, axe on every page.

Rosa (Red de Acogida) offers training; Gloria (Guatemala's migration institute) asks for it;
Bruno, a broker, sees the matches with their reasons and introduces them; Gloria starts
working with Rosa and closes the request with feedback; the public sees only counts.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import CHROMIUM, PASSWORD, Visitor, log_in

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
    pytest.mark.django_db(transaction=True),
]


def test_ask_match_introduce_and_close_in_the_browser(live_server, browser, transactional_db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from gcmhub.accounts.models import Membership, Organisation
    from gcmhub.accounts.roles import REVIEWERS
    from gcmhub.hub.models import HubEvent, Offer, SupportRequest
    from gcmhub.reference.loading import load_reference

    load_reference()
    User = get_user_model()

    def person(email: str, org: Organisation | None):
        user = User.objects.create_user(email, email, PASSWORD)
        if org:
            Membership.objects.create(user=user, organisation=org, role="admin", status="approved")
        return user

    institute = Organisation.objects.create(
        name="Instituto de Migración", slug="igm", actor_type_id="national-government",
        country_id="GT",
    )  # fmt: skip
    red = Organisation.objects.create(
        name="Red de Acogida", slug="red", actor_type_id="civil-society", country_id="MX"
    )
    person("gloria@igm.example", institute)
    person("rosa@red.example", red)
    person("bruno@hub.example", None).groups.add(Group.objects.get_or_create(name=REVIEWERS)[0])
    checked: dict[str, list[str]] = {}
    base = live_server.url

    rosa = Visitor(browser, base, checked)
    log_in(rosa, "rosa@red.example")
    rosa.go("/hub/offers/new/")
    rosa.page.locator("#id_organisation").select_option(str(red.pk))
    rosa.page.locator("#id_text").fill(
        "Formamos equipos de gestión de casos para que las familias migrantes no sean detenidas."
    )
    rosa.page.get_by_role("checkbox", name="Español").check()
    rosa.page.get_by_role("checkbox", name="Training").check()
    rosa.page.locator("#id_regions").select_option("Central America")
    rosa.page.locator("#id_contact_email").fill("rosa.contact@red.example")
    rosa.submit("Save the offer")
    offer = Offer.objects.get()
    assert offer.organisation == red and offer.objectives.exists()

    gloria = Visitor(browser, base, checked)
    log_in(gloria, "gloria@igm.example")
    gloria.go("/hub/")
    gloria.page.get_by_role("link", name="Ask for support").click()
    gloria.axe()
    gloria.page.locator("#id_text").fill(
        "Necesitamos capacitar a nuestro personal en alternativas a la detención para familias."
    )
    gloria.page.get_by_role("checkbox", name="Español").check()
    gloria.page.get_by_role("checkbox", name="Training").check()
    gloria.page.locator("#id_contact_email").fill("gloria.contact@igm.example")
    gloria.submit("Send the request")
    request = SupportRequest.objects.get()
    assert request.status == "open"

    bruno = Visitor(browser, base, checked)
    log_in(bruno, "bruno@hub.example")
    bruno.go("/hub/mine/")
    bruno.page.get_by_role("link", name=request.title).click()
    bruno.axe()
    assert "speaks Spanish" in bruno.page.content()
    bruno.page.get_by_role("checkbox", name=f"Introduce {offer.title} (Red de Acogida)").check()
    bruno.submit("Introduce the chosen matches")
    request.refresh_from_db()
    assert request.status == "matched"

    gloria.go(request.get_absolute_url())
    assert "rosa.contact@red.example" in gloria.page.content()
    gloria.submit("We are working with a match")
    gloria.page.locator("#id_outcome").fill("Twenty case workers trained.")
    gloria.page.get_by_role("radio", name="5").check()
    gloria.submit("Close with this feedback")
    request.refresh_from_db()
    assert (request.status, request.feedback_score) == ("closed", 5)

    public = Visitor(browser, base, checked)
    public.go("/hub/")
    assert request.title not in public.page.content()
    public.go("/hub/offers/")
    public.go(offer.get_absolute_url())
    assert "rosa.contact" not in public.page.content()
    assert HubEvent.objects.filter(request=request, action="status").count() == 3
    failures = {url: bad for url, bad in checked.items() if bad}
    assert len(checked) >= 8
    assert failures == {}, failures
