"""Short join addresses /j/<code> for workshop participants (the workshops app fills this in)."""

urlpatterns: list = []
