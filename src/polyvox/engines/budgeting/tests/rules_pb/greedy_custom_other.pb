META
key;value
description;a city's own greedy
country;Testland
unit;Elsewhere
instance;2026
budget;1000
vote_type;approval
rule;greedy-custom
comment;#1: projects of the same school count as one
PROJECTS
project_id;cost;votes;selected
a;600;5;1
b;450;4;0
c;300;3;1
VOTES
voter_id;vote
1;a,b,c
2;a,b,c
3;a,b,c
4;a,b
5;a
