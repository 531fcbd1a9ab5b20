using Microsoft.AspNetCore.Builder;

namespace Platform.ServiceDefaults.OpenApi;

public static class CsvRequestBodyExtensions
{
    /// <summary>Documents the route's request body as a text/csv file (see <see cref="CsvRequestBody"/>).</summary>
    public static TBuilder WithCsvRequestBody<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CsvRequestBody());
}
