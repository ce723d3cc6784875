#include "testdatabase.h"

#include "services/demogenerator.h"
#include "services/seeder.h"
#include "storage/database.h"

void TestDatabase::prepare(Database &database, Content content)
{
    database.openInMemory();
    Seeder(database).seed();
    if (content == WithDemo)
        DemoGenerator(database).addDemo();
}
