from django.urls import path

from . import views

app_name = "coalition"
urlpatterns = [
    path("coalitie/", views.coalition_index, name="index"),
    path("coalitie/<slug:slug>/", views.coalition_detail, name="detail"),
]
