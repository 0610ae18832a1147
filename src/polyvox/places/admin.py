from django.contrib import admin

from polyvox.places.models import Municipality


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["nis_code", "name_fr", "name_nl", "population"]
    search_fields = ["name_fr", "name_nl", "nis_code"]
    exclude = ["boundary"]
