using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// What every operation of every document says the same way, derived from the endpoint instead of written by hand so
/// it cannot drift from what the route does: an operationId, its security requirement (the bearer scheme unless the
/// endpoint allows anonymous callers; the fallback policy requires a signed-in user everywhere else) and the problem
/// responses its shape makes possible.
/// </summary>
public sealed class OperationConventions : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        var description = context.Description;
        var document = context.Document ?? throw new InvalidOperationException("No OpenAPI document in context.");
        operation.OperationId ??= OperationIds.From(description.HttpMethod, description.RelativePath);

        var metadata = description.ActionDescriptor.EndpointMetadata;
        var csv = metadata.OfType<CsvRequestBody>().Any();
        if (csv)
        {
            operation.RequestBody = CsvRequestBody.Describe();
        }

        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        // An empty requirement says "no credentials needed": linters then know the operation was not forgotten.
        operation.Security = [anonymous ? new OpenApiSecurityRequirement() : BearerScheme.Requirement(document)];

        var statuses = ProblemResponses.For(description, authorized: !anonymous, csv);
        if (statuses.Count > 0)
        {
            await ProblemResponses.AddAsync(operation, context, statuses, cancellationToken);
        }
    }
}
