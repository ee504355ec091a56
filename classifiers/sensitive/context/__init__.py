"""Does the sentence around a lexicon hit make it about a person? (issue 3)

One module per concern, formerly the single ``person.py``:

* ``core``: sentences, clauses, person words and names, policy words, general
  statements, questions and subject lines; shared by every other module.
* ``groups``: a subject of a work, a group, a state denied for everyone named.
* ``care_and_money``: health and economy_social (care services, workplaces, money).
* ``property_trade``: trades already concluded or not anyone's.
* ``union``: a union as an organisation, not as a membership.
* ``belief_ethnicity_orientation``: convictions, origins and orientations no one holds.
* ``no_one``: ``not_about_anyone``, which asks the checks of every concern.
"""
