using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Identity;

namespace Platform.ComponentTests.Bidding;

public sealed class DemoBiddingTests
{
    [Fact]
    public async Task The_demo_host_seeds_four_projects_whose_records_and_draws_verify()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["Bidding:DemoData:Enabled"] = "true",
        });
        host.Clock.Set("2026-03-10T10:00:00+08:00");
        using var client = host.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/bidding/public/projects?pageSize=50");
        var projects = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, projects.Count);
        var byName = projects.ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("announced", byName["示范市第二实验小学迁建工程施工"].GetProperty("status").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-24T09:30:00+08:00"),
            byName["示范市第二实验小学迁建工程施工"].GetProperty("bidDeadline").GetDateTimeOffset());
        var awarded = byName["示范市人民医院门诊楼装修改造工程"];
        Assert.Equal("awarded", awarded.GetProperty("status").GetString());
        Assert.Equal(11_986_500m, awarded.GetProperty("awardAmount").GetDecimal());
        Assert.NotEqual(JsonValueKind.Null, awarded.GetProperty("contractSignedAt").ValueKind);
        var published = awarded.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal([11_986_500m, 12_350_000m, 12_480_000m], published.Select(c => c.GetProperty("price").GetDecimal()));
        Assert.True(awarded.GetProperty("publicityEndsAt").GetDateTimeOffset() <= awarded.GetProperty("awardedAt").GetDateTimeOffset());
        var fixedPrice = byName["示范市城区道路标线维护服务"];
        Assert.Equal("awarded", fixedPrice.GetProperty("status").GetString());
        Assert.Equal(680_000m, fixedPrice.GetProperty("awardAmount").GetDecimal());
        Assert.Equal("failed", byName["示范市城东片区供水管网改造工程"].GetProperty("status").GetString());
        var auction = byName["示范市高新区 A-07 地块国有建设用地使用权挂牌出让"];
        Assert.Equal("awarded", auction.GetProperty("status").GetString());
        Assert.Equal(36_800_000m, auction.GetProperty("awardAmount").GetDecimal());
        Assert.Equal(36_500_000m, auction.GetProperty("reservePrice").GetDecimal());
        var listed = byName["示范市老城区 B-03 地块国有建设用地使用权挂牌出让"];
        Assert.Equal("announced", listed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("reservePrice").ValueKind);
        Assert.Equal(DateTimeOffset.Parse("2026-03-22T16:00:00+08:00"), listed.GetProperty("bidDeadline").GetDateTimeOffset());

        foreach (var project in projects)
        {
            var id = project.GetProperty("id").GetString();
            var verification = await client.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{id}/record/verify");
            Assert.True(verification.GetProperty("valid").GetBoolean(), project.GetProperty("name").GetString());
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiddingDbContext>();
        var draws = await db.Set<Draw>().AsNoTracking().ToListAsync();
        Assert.Equal([DrawPurposes.Experts, DrawPurposes.Firms], draws.Select(d => d.Purpose).Order());
        foreach (var stored in draws)
        {
            var draw = await client.GetFromJsonAsync<JsonElement>($"/api/bidding/draws/{stored.PublicId}");
            var secret = draw.GetProperty("secret").GetString()!;
            Assert.Equal(draw.GetProperty("commitment").GetString(),
                Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(secret))));
            var candidates = draw.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()!).ToList();
            var selected = draw.GetProperty("selected").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(DrawAlgorithm.Select(stored.PublicId, secret, candidates, stored.Count), selected);
        }
        Assert.Equal(fixedPrice.GetProperty("winner").GetString(),
            Assert.Single(draws, d => d.Purpose == DrawPurposes.Firms).Selected.Single());

        var bids = await db.Bids.AsNoTracking().ToListAsync();
        Assert.Equal(5, bids.Count);
        Assert.All(bids, b => Assert.True(ChineseIdentifiers.IsValidUnifiedSocialCreditCode(b.FirmCreditCode)));
        Assert.All(await db.Projects.AsNoTracking().ToListAsync(),
            p => Assert.True(ChineseIdentifiers.IsValidUnifiedSocialCreditCode(p.BuyerCreditCode), p.BuyerCreditCode));

        var harness = host.Services.GetTestHarness();
        Guid Id(JsonElement p) => p.GetProperty("id").GetGuid();
        foreach (var project in projects)
        {
            Assert.True(await harness.PublishedAsync<TradingProjectAnnounced>(e => e.ProjectId == Id(project)));
        }
        var failed = Id(byName["示范市城东片区供水管网改造工程"]);
        Assert.True(await harness.PublishedAsync<TradingProjectOpened>(e => e.ProjectId == failed && e.ValidBids == 2));
        Assert.True(await harness.PublishedAsync<TradingProjectFailed>(e => e.ProjectId == failed && e.ValidBids == 2));
        Assert.True(await harness.PublishedAsync<TradingProjectOpened>(e => e.ProjectId == Id(awarded) && e.ValidBids == 3));
        Assert.True(await harness.PublishedAsync<TradingProjectAwarded>(e => e.ProjectId == Id(awarded)));
        Assert.True(await harness.PublishedAsync<TradingProjectAwarded>(e => e.ProjectId == Id(fixedPrice) && e.AwardAmount == 680_000m));
        Assert.True(await harness.PublishedAsync<TradingContractSigned>(e => e.ProjectId == Id(awarded)));
    }
}
