"""URL map: pages, the API under /api/v1, the admin and the language switch."""

from django.contrib import admin
from django.urls import include, path

from gcmhub.api.routes import api
from gcmhub.documents import views as library
from gcmhub.practices import contribute_views as contribute
from gcmhub.practices import review_views as reviewing
from gcmhub.practices import views

urlpatterns = [
    path("", views.home, name="home"),
    path("practices/", views.practice_list, name="practice-list"),
    path("search/live", views.search_live, name="search-live"),
    path("practices/new/", contribute.practice_new, name="practice-new"),
    path("practices/mine/", contribute.my_practices, name="my-practices"),
    path("practices/suggest", contribute.suggest, name="practice-suggest"),
    path("practices/<str:uid>/", views.practice_detail, name="practice"),
    path("practices/<str:uid>/edit", contribute.practice_edit, name="practice-edit"),
    path("practices/<str:uid>/archive", contribute.practice_archive, name="practice-archive"),
    path("review/", reviewing.queue, name="review-queue"),
    path("review/<str:uid>/", reviewing.review, name="review"),
    path("calls/", reviewing.calls, name="calls"),
    path("calls/new/", reviewing.call_new, name="call-new"),
    path("calls/<slug:slug>/", reviewing.call_detail, name="call"),
    path("objectives/<int:number>/", views.objective_detail, name="objective"),
    path("library/", library.library, name="library"),
    path("library/<int:pk>/", library.document_detail, name="document"),
    path("library/<int:pk>/original", library.document_original, name="document-original"),
    path("hub/", include("gcmhub.hub.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("gcmhub.accounts.urls")),
]
