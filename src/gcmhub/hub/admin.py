"""The administrator's view of the hub: requests and offers editable; introductions and the
audit log read-only, as in the practices' admin."""

from django.contrib import admin

from gcmhub.hub.models import HubEvent, Introduction, Offer, SupportRequest
from gcmhub.practices.admin import ReadOnly


@admin.register(SupportRequest)
class SupportRequestAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "country", "status", "created_at"]
    list_filter = ["status", "objectives_inferred"]
    search_fields = ["title", "external_id", "text"]
    raw_id_fields = ["organisation", "created_by", "country"]
    filter_horizontal = ["objectives"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # close instead: the history of brokering is kept


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "organisation", "person_name", "available"]
    list_filter = ["kind", "available"]
    search_fields = ["title", "external_id", "person_name", "text"]
    raw_id_fields = ["organisation", "user", "practices"]
    filter_horizontal = ["objectives"]


@admin.register(Introduction)
class IntroductionAdmin(ReadOnly):
    list_display = ["request", "offer", "organisation", "introduced_by", "created_at"]


@admin.register(HubEvent)
class HubEventAdmin(ReadOnly):
    list_display = ["action", "request", "offer", "user", "created_at"]
    list_filter = ["action"]
