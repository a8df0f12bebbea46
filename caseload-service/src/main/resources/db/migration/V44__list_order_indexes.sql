-- A council's families and children are listed in the order of these indexes (names without regard to case), so a
-- page reads its own rows and a few more, however large the council; the text_pattern_ops indexes of V3 serve prefix
-- searches, not an order.
create index family_council_list_order on family (council_code, lower(name), id);
create index child_council_list_order on child (council_code, lower(family_name), lower(given_name), id);
