using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The API page (/api-docs, Scalar) renders in Chromium from the host alone: the documents' titles and their
/// operations' Chinese summaries show, nothing is fetched from another origin (the hall's network may be closed) and
/// the page's own Content-Security-Policy refuses nothing it needs (a refusal is a console error, which fails the
/// test).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiDocumentsPageTests(PortalFixture hall)
{
    [Fact]
    public async Task The_api_page_shows_the_documents_and_their_operations_with_nothing_from_elsewhere()
    {
        await using var portal = await hall.OpenAsync("api-docs");
        var page = portal.Page;
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal)
                && new Uri(request.Url).Authority != hall.Address.Authority)
            {
                lock (elsewhere)
                {
                    elsewhere.Add(request.Url);
                }
            }
        };

        await page.GotoAsync("/api-docs");

        await Assertions.Expect(page.GetByText("登录与令牌 API（auth）").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("登录：以用户名和密码换取访问令牌").First).ToBeVisibleAsync();

        await page.GotoAsync("/api-docs/catalogue");

        await Assertions.Expect(page.GetByText("事项目录 API（catalogue）").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("查询某日是否为工作日").First).ToBeVisibleAsync();
        lock (elsewhere)
        {
            Assert.True(elsewhere.Count == 0, "fetched from another origin: " + string.Join(", ", elsewhere));
        }
    }
}
