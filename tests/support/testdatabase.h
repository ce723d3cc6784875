#pragma once

#include <QString>

class Database;

// The fixture most tests start from: a fresh database with the plan seeded as
// `xhht init` seeds it, and the demo data (`xhht init --demo`: the 25 units' submissions
// and reviews of 2024-2025) when asked.
//
// The database is SQLite in memory, or, when $XHHT_TEST_PG holds the address of a
// throwaway PostgreSQL server (tools/pg-test-server.sh, started by ctest), a new
// database of its own on that server: the same tests then run on both.
class TestDatabase
{
public:
    enum Content
    {
        PlanOnly,
        WithDemo,
    };

    // Opens `database` empty but migrated (in memory, or on the test server).
    static void open(Database &database);
    // Opens `database` and fills it.
    static void prepare(Database &database, Content content = PlanOnly);

    // The test server's superuser address, empty when the tests run on SQLite.
    static QString serverUri();
    // A new, empty schema of its own on the test server; its address.
    static QString freshServerDatabase();
    // A whole new database on the test server (for `xhht server init`, whose rights and
    // triggers live in the database's public schema); its address.
    static QString newServerDatabase();
};
