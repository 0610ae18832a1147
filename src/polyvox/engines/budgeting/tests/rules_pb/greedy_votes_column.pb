META
key;value
description;greedy with votes outside the file
country;Testland
unit;Testville
instance;2026
budget;1000
vote_type;approval
rule;greedy
comment;#1: paper ballots are counted in the votes column but missing from VOTES
PROJECTS
project_id;cost;votes;selected
a;600;3;0
b;400;2;1
c;500;4;1
VOTES
voter_id;vote
1;a,b,c
2;a,b
3;a
