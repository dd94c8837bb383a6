// Every entity's id is unique, per label and across all kinds (:Entity), so node(id) is one lookup.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assignment_id IF NOT EXISTS FOR (n:Assignment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT strategy_id IF NOT EXISTS FOR (n:Strategy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT focus_area_id IF NOT EXISTS FOR (n:FocusArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_flow_id IF NOT EXISTS FOR (n:FundingFlow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT appropriation_id IF NOT EXISTS FOR (n:Appropriation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.name IS UNIQUE;
