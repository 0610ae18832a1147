"""Who may do what in the toolbox: everyone reads it; the Participation Service's staff keep it."""

import rules

from polyvox.organisations.rules import is_service_staff

rules.add_perm("toolbox.view", rules.always_allow)
rules.add_perm("toolbox.edit_content", is_service_staff)
