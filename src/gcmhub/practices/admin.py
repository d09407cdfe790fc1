"""The administrator's view: practices and calls editable; reviews, revisions and the audit
log read-only (history is never rewritten, not even from the admin)."""

from django.contrib import admin

from gcmhub.practices.models import AuditEvent, Call, Practice, Review, Revision


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "organisation", "language", "updated_at"]
    list_filter = ["status", "language", "scope"]
    search_fields = ["title", "uid"]
    raw_id_fields = ["document", "organisation", "submitted_by", "call"]
    filter_horizontal = ["principles", "countries", "regions", "actors", "sdg_targets"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # archive instead: nothing is hard-deleted


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ["title", "deadline", "contact"]
    prepopulated_fields = {"slug": ["title"]}


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Review)
class ReviewAdmin(ReadOnly):
    list_display = ["practice", "decision", "reviewer", "created_at"]
    list_filter = ["decision"]


@admin.register(Revision)
class RevisionAdmin(ReadOnly):
    list_display = ["practice", "user", "created_at"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnly):
    list_display = ["created_at", "action", "practice", "user"]
    list_filter = ["action"]
