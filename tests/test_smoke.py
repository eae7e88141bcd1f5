import pytest


@pytest.mark.django_db
def test_unknown_url_gives_dutch_404(client):
    response = client.get("/deze-pagina-bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
