using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// A query parameter the endpoint does not read is a 400 problem naming it and the ones it takes, never silently
/// dropped: a clerk's `sort=` or a misspelt `pagesize=` would otherwise return a list that only looks filtered.
/// The names come from the handler's parameters (minimal APIs put its MethodInfo in the endpoint's metadata): those
/// marked [FromQuery], [AsParameters] members, and simple-typed ones that are not route values. Endpoints without a
/// handler method (the gateway's proxied routes, health) are left alone; their service checks for itself.
/// Hand-written because ASP.NET Core has no option for it.
/// </summary>
public sealed class QueryParameterCheck(RequestDelegate next)
{
    static readonly ConcurrentDictionary<RouteEndpoint, IReadOnlySet<string>?> Accepted = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Query.Count == 0 || !context.Request.Path.StartsWithSegments("/api")
            || context.GetEndpoint() is not RouteEndpoint endpoint
            || Accepted.GetOrAdd(endpoint, NamesOf) is not { } accepted)
        {
            return next(context);
        }
        var unknown = context.Request.Query.Keys.Where(key => !accepted.Contains(key)).ToList();
        if (unknown.Count == 0)
        {
            return next(context);
        }
        var takes = accepted.Count == 0 ? "此接口不接受任何查询参数" : "此接口接受：" + string.Join("、", accepted.Order());
        var problem = Problems.Details(StatusCodes.Status400BadRequest, "unknown-query-parameter",
            $"不支持的查询参数：{string.Join("、", unknown)}。{takes}。",
            unknown.Select(name => new FieldError(name, "不支持该查询参数。")).ToList());
        return Results.Problem(problem).ExecuteAsync(context);
    }

    static IReadOnlySet<string>? NamesOf(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }
        var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in method.GetParameters())
        {
            Collect(parameter.Name, parameter.ParameterType, parameter, routeValues, names);
        }
        return names;
    }

    static void Collect(string? name, Type type, ICustomAttributeProvider attributes, HashSet<string> routeValues,
        HashSet<string> names)
    {
        if (attributes.GetCustomAttributes(typeof(AsParametersAttribute), true).Length > 0)
        {
            foreach (var member in type.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                Collect(member.Name, member.ParameterType, member, routeValues, names);
            }
            foreach (var property in type.GetProperties().Where(p => p.CanWrite))
            {
                Collect(property.Name, property.PropertyType, property, routeValues, names);
            }
            return;
        }
        if (attributes.GetCustomAttributes(typeof(FromQueryAttribute), true) is [FromQueryAttribute query, ..])
        {
            names.Add(query.Name ?? name ?? "");
            return;
        }
        if (name is null || routeValues.Contains(name) || attributes.GetCustomAttributes(true).Any(IsOtherSource))
        {
            return;
        }
        if (IsSimple(type))
        {
            names.Add(name);
        }
    }

    static bool IsOtherSource(object attribute) =>
        attribute is FromRouteAttribute or FromBodyAttribute or FromHeaderAttribute or FromServicesAttribute
            or FromFormAttribute or FromKeyedServicesAttribute;

    /// <summary>What minimal APIs bind from the query string when nothing says otherwise.</summary>
    static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return IsSimple(type.GetElementType()!);
        }
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan)
            || type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
                [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]) is not null;
    }
}
