using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Http;

/// <summary>One field's problem, in words a person can act on.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>One cell's problem in an uploaded file: Row is the line number in the file (the header is line 1).</summary>
public sealed record RowError(int Row, string Column, string Message);

/// <summary>RFC 9457 answers with a stable machine-readable code and a Chinese detail.</summary>
public static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string detail, object? errors = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"https://service-hall.local/problems/{code}",
            Detail = detail,
            Extensions = { ["code"] = code },
        };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) =>
        Of(StatusCodes.Status400BadRequest, "validation-failed",
            "提交的内容有误：" + string.Join("；", errors.Select(e => $"{e.Field}：{e.Message}")), errors);

    public static ProblemHttpResult NotFound(string code, string detail) => Of(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult Conflict(string code, string detail) => Of(StatusCodes.Status409Conflict, code, detail);
}
