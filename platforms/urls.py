"""Public URLs of the register (Dutch)."""

from django.urls import path

from . import views

app_name = "platforms"
urlpatterns = [
    path("buurtplatformen/", views.register, name="register"),
    path("buurtplatformen/kaart/", views.buurt_map, name="map"),
    path("buurtplatformen/<slug:slug>/", views.platform_detail, name="platform_detail"),
    path("buurten/<str:code>/", views.buurt_detail, name="buurt_detail"),
]
