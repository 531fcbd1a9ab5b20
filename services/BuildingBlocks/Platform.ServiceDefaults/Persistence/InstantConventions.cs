using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Persistence;

public static class InstantConventions
{
    public static void StoreInstantsInUtc(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }
}
