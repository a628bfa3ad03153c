-- A sync batch is stored by one statement, committed on its own, when nothing in it needs more
-- than that statement (a person's first verification of the year, the usual case). When the
-- statement finds that the batch moves a counted pointer another verification held, or leaves a
-- verification it inserted without the pointer it guessed, it calls this function: the error
-- undoes the whole statement, and the server stores the batch again inside a transaction that
-- also aligns the counted flags with the pointers (apps/server/src/services/verification-sql.ts).
CREATE FUNCTION "jixiao_sync_needs_transaction"() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RAISE EXCEPTION 'sync batch needs a transaction' USING ERRCODE = 'JX001';
END $$;
