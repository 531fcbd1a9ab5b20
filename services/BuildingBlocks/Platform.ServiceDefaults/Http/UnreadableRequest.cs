using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// The problem for a body or parameter the endpoint could not read: JSON that is not JSON (where it broke), a value
/// of the wrong type (the field's path and the type it should have, in Chinese), a query or route value that is not
/// of the parameter's type. <c>errors</c> is <c>{field: [message]}</c>, so a form can show it next to the field;
/// "$" stands for the body as a whole.
/// </summary>
static partial class UnreadableRequest
{
    public static ProblemDetails Of(HttpContext context, BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The host's own body limit, met before any route's (never "not the right format": nothing was wrong).
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            return Problems.Details(bad.StatusCode, "request-too-large", limit is { } bytes
                ? $"请求内容超过本服务允许的 {bytes / 1024} KB，未做任何处理；文件请拆分后分批上传。"
                : "请求内容超过本服务允许的大小，未做任何处理；文件请拆分后分批上传。");
        }
        if (bad.InnerException is JsonException json)
        {
            return Json(context, bad.StatusCode, json);
        }
        if (BindFailure().Match(bad.Message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var type = Handler(context)?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;
            return BadParameter(bad.StatusCode, name, type);
        }
        return Problems.Details(bad.StatusCode, "bad-request",
            "请求内容缺失或格式不正确：请按接口说明提交（JSON 请求体须为对象），并检查地址中的参数。");
    }

    /// <summary>A query or route value that does not parse: the parameter named, with what it wants.</summary>
    static ProblemDetails BadParameter(int status, string name, Type? type)
    {
        var message = $"应为{(type is null ? "正确格式的值" : Expected(type))}";
        return Problems.Details(status, "bad-parameter",
            $"参数 {name} 的值无法识别：{name} {message}。请按接口说明改正后重试。",
            new Dictionary<string, string[]> { [name] = [message] });
    }

    /// <summary>
    /// A bare 400 from the endpoint's own binding: the compile-time request delegates (RDG) answer a query or route
    /// value that does not parse into a nullable parameter (<c>int? page</c> = "two") with the status alone, without
    /// the exception the runtime binder throws. The value at fault is found again here so that the answer names it.
    /// </summary>
    public static ProblemDetails? OfUnparsedParameter(HttpContext context)
    {
        foreach (var parameter in Handler(context)?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.Name is not { } name || type == typeof(string) || !IsSimple(type))
            {
                continue;
            }
            var raw = context.Request.RouteValues.TryGetValue(name, out var routed) ? routed?.ToString()
                : context.Request.Query.TryGetValue(name, out var query) ? query.ToString() : null;
            if (!string.IsNullOrEmpty(raw) && !Parses(type, raw))
            {
                return BadParameter(StatusCodes.Status400BadRequest, name, type);
            }
        }
        return null;
    }

    /// <summary>Whether the binder would have read the text as that type (invariant culture, as it does).</summary>
    static bool Parses(Type type, string raw)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, raw, ignoreCase: true, out _);
        }
        // Types without a public TryParse(string, IFormatProvider, out T) (bool's is explicit) are given the benefit
        // of the doubt: the answer then stays the plain 400 rather than naming a parameter wrongly.
        var parse = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static,
            [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        return parse is null || (bool)parse.Invoke(null, [raw, CultureInfo.InvariantCulture, null])!;
    }

    static ProblemDetails Json(HttpContext context, int status, JsonException json)
    {
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "$";
        var named = field == "$" ? "请求体" : field;
        if (Conversion().IsMatch(json.Message))
        {
            // The exception names the type being built (a record, for its constructor's parameters), not always the
            // value's: the field's own type is found by following the path through the endpoint's body type.
            var type = FieldType(Handler(context), field);
            var message = $"应为{(type is null ? "正确类型的值" : Expected(type))}";
            return Problems.Details(status, "json-type-mismatch",
                $"请求内容有误：{named} {message}。请按接口说明改正后重试。",
                new Dictionary<string, string[]> { [field] = [message] });
        }
        var where = json.LineNumber is { } line
            ? $"第 {line + 1} 行第 {(json.BytePositionInLine ?? 0) + 1} 个字节附近" : "";
        var at = field == "$" ? "" : $"（{field} 处）";
        return Problems.Details(status, "json-invalid",
            $"请求内容不是有效的 JSON：{where}{at}有语法错误，请检查引号、逗号和括号。",
            new Dictionary<string, string[]> { [field] = ["JSON 语法错误"] });
    }

    /// <summary>The handler (the exception handler cleared the endpoint; its feature keeps it).</summary>
    static MethodInfo? Handler(HttpContext context) =>
        (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint())?.Metadata
            .GetMetadata<MethodInfo>();

    /// <summary>The type at a JSON path (materials[0].name) of the handler's body parameter, when one has it.</summary>
    static Type? FieldType(MethodInfo? handler, string field)
    {
        var segments = field == "$" ? [] : Segment().Matches(field).Select(m => m.Value).ToList();
        foreach (var parameter in handler?.GetParameters() ?? [])
        {
            Type? type = parameter.ParameterType;
            if (IsSimple(type))
            {
                continue;
            }
            foreach (var segment in segments)
            {
                type = segment.StartsWith('[') ? ElementOf(type)
                    : type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance
                        | BindingFlags.IgnoreCase)?.PropertyType;
            }
            if (type is not null)
            {
                return type;
            }
        }
        return null;
    }

    static Type? ElementOf(Type? type) =>
        type is null ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType ? type.GetGenericArguments()[^1]
        : null;

    static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime)
            || type == typeof(Guid) || type == typeof(CancellationToken)
            || typeof(HttpContext).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Security") == true;
    }

    /// <summary>The type a value should have had, in words (never the framework's type name).</summary>
    static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
                => "整数",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "数字",
            _ when type == typeof(bool) => "true 或 false",
            _ when type == typeof(string) => "文字（字符串）",
            _ when type == typeof(DateOnly) => "yyyy-MM-dd 格式的日期",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime)
                => "带时区的时间（例如 2026-12-02T09:00:00+08:00）",
            _ when type == typeof(Guid) => "GUID 格式的编号",
            { IsEnum: true } => "接口说明所列的代码之一（文字）",
            _ when typeof(IDictionary).IsAssignableFrom(type) || type.Name.Contains("Dictionary")
                => "对象（JSON 对象，{…}）",
            _ when typeof(IEnumerable).IsAssignableFrom(type) => "列表（JSON 数组）",
            _ => "对象（JSON 对象，{…}）",
        };
    }

    [GeneratedRegex(@"could not be converted to \S+\. Path:")]
    private static partial Regex Conversion();

    /// <summary>Property names and [index] steps of a path.</summary>
    [GeneratedRegex(@"\[[^\]]*\]|[^.\[\]]+")]
    private static partial Regex Segment();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\" from ")]
    private static partial Regex BindFailure();
}
