namespace Platform.ComponentTests.Deployment;

/// <summary>The dashboard test's reading of PromQL, on the shapes the dashboards use.</summary>
public sealed class PromQlTests
{
    [Theory]
    [InlineData("sum(increase(platform_cases_accepted_total{platform_department=~\"$department\"}[$__range]))",
        "platform_cases_accepted_total")]
    [InlineData("histogram_quantile(0.95, sum by (le, job) (rate(http_server_request_duration_seconds_bucket[5m])))",
        "http_server_request_duration_seconds_bucket")]
    [InlineData("sum(rate(a_total[5m])) / sum(rate(b_total{code=~\"5..\"}[5m])) > bool 0.5", "a_total,b_total")]
    [InlineData("max by (platform_outbox) (platform_messaging_outbox_backlog)", "platform_messaging_outbox_backlog")]
    public void Metric_names_are_read_out_of_an_expression(string expression, string names) =>
        Assert.Equal(names.Split(',').Order(), PromQl.MetricNames(expression).Order());
}
