using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Catalogue.Departments;

/// <summary>Registers departments as matters name them, each with its event, in the caller's transaction.</summary>
sealed class DepartmentRegistry(CatalogueDbContext db, Dictionary<string, Department> known)
{
    public static async Task<DepartmentRegistry> LoadAsync(CatalogueDbContext db,
        CancellationToken cancellationToken) =>
        new(db, await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken));

    public Department? Find(string code) => known.GetValueOrDefault(code);

    public Department Ensure(string code, string name, DateTimeOffset now)
    {
        if (known.TryGetValue(code, out var existing))
        {
            return existing;
        }
        var department = new Department { Code = code, Name = name, RegisteredAt = now };
        db.Departments.Add(department);
        db.AddEvent(new DepartmentRegistered(code, name, now));
        known[code] = department;
        return department;
    }
}
