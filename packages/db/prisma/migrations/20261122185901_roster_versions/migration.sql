-- CreateTable
CREATE TABLE "RosterDeparture" (
    "townshipCode" TEXT NOT NULL,
    "beneficiaryId" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "RosterDeparture_pkey" PRIMARY KEY ("townshipCode","version")
);

-- Roster versions in commit order. A phone keeps the highest version it has seen and next
-- time asks for the rows above it; a version drawn by a transaction that commits after one
-- with a higher version would never be asked for. So every transaction that writes the roster
-- first takes one advisory lock (held until it commits), and only then draws its versions: the
-- versions of the roster are drawn in the order the writers commit. Any change gives a row a
-- new version; a person who leaves a township (moved elsewhere, or deleted) leaves a
-- RosterDeparture behind, with a version of the same sequence, for the old township's phones.
CREATE FUNCTION "jixiao_roster_write_lock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7415001);
  RETURN NULL;
END $$;

CREATE FUNCTION "jixiao_roster_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_version BIGINT := nextval(pg_get_serial_sequence('"Beneficiary"', 'version'));
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "RosterDeparture" ("townshipCode", "beneficiaryId", version)
    VALUES (OLD."townshipCode", OLD.id, next_version);
    RETURN OLD;
  END IF;
  NEW.version := next_version;
  IF TG_OP = 'UPDATE' AND OLD."townshipCode" IS DISTINCT FROM NEW."townshipCode" THEN
    INSERT INTO "RosterDeparture" ("townshipCode", "beneficiaryId", version)
    VALUES (OLD."townshipCode", OLD.id, next_version);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Beneficiary_write_lock" BEFORE INSERT OR UPDATE OR DELETE ON "Beneficiary"
  FOR EACH STATEMENT EXECUTE FUNCTION "jixiao_roster_write_lock"();

CREATE TRIGGER "Beneficiary_version" BEFORE INSERT OR UPDATE OR DELETE ON "Beneficiary"
  FOR EACH ROW EXECUTE FUNCTION "jixiao_roster_version"();
