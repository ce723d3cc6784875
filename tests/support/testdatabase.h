#pragma once

class Database;

// The fixture most tests start from: a fresh in-memory database with the plan seeded as
// `xhht init` seeds it, and the demo data (`xhht init --demo`: the 25 units' submissions
// and reviews of 2024-2025) when asked.
class TestDatabase
{
public:
    enum Content
    {
        PlanOnly,
        WithDemo,
    };

    // Opens `database` in memory and fills it.
    static void prepare(Database &database, Content content = PlanOnly);
};
