META
key;value
description;Poznań's greedy
country;Testland
unit;Poznań
instance;2026
budget;1000
vote_type;approval
rule;greedy-custom
comment;#1: the first project that does not fit is funded when 80% of its cost remains
PROJECTS
project_id;cost;votes;selected
a;600;5;1
b;450;4;1
c;300;3;0
VOTES
voter_id;vote
1;a,b,c
2;a,b,c
3;a,b,c
4;a,b
5;a
