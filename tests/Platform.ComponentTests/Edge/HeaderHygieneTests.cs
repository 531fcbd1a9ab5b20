using Microsoft.AspNetCore.Http;
using Platform.Edge;

namespace Platform.ComponentTests.Edge;

public sealed class HeaderHygieneTests
{
    [Fact]
    public async Task Client_supplied_forwarding_and_identity_headers_are_dropped()
    {
        var context = new DefaultHttpContext();
        var headers = context.Request.Headers;
        headers["X-Forwarded-For"] = "10.0.0.1";
        headers["X-Forwarded-Host"] = "evil.example";
        headers["Forwarded"] = "for=10.0.0.1";
        headers["X-Real-IP"] = "10.0.0.1";
        headers["X-User-Id"] = "admin";
        headers["X-User-Roles"] = "admin";
        headers["X-Department"] = "SCJGJ";
        headers["Authorization"] = "Bearer token";
        headers["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        IHeaderDictionary? seen = null;

        await new HeaderHygiene(ctx => { seen = ctx.Request.Headers; return Task.CompletedTask; }).InvokeAsync(context);

        Assert.NotNull(seen);
        Assert.Equal(["Authorization", "traceparent"], seen.Keys.Order(StringComparer.OrdinalIgnoreCase));
    }
}
