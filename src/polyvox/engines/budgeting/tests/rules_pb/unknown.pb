META
key;value
description;rule not known
country;Testland
unit;Testville
instance;2026
budget;1000
vote_type;approval
rule;unknown
PROJECTS
project_id;cost;votes;selected
a;600;2;1
b;300;1;1
VOTES
voter_id;vote
1;a,b
2;a
