using System.Globalization;
using System.Text.Json;
using Platform.SealedBidClient;

// A bidder's command line for the hall's sealed bids (README, "Sealed bids"):
//   submit <hall-url> <project-id> <token> <price>   seals {"price": …}, uploads it, writes bid-<id>.key (keep it!)
//   reveal <hall-url> <project-id> <token> <bid-id>  after the opening: supplies the key from bid-<id>.key
//   seal <price>                                       prints the body and the key without uploading
return args switch
{
    ["seal", var price] => Seal(price),
    ["submit", var hall, var project, var token, var price] => await SubmitAsync(hall, project, token, price),
    ["reveal", var hall, var project, var token, var bid] => await RevealAsync(hall, project, token, bid),
    _ => Usage(),
};

static int Seal(string price)
{
    var (body, key) = BidSealing.Seal(new { price = decimal.Parse(price, CultureInfo.InvariantCulture) });
    Console.WriteLine(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    Console.WriteLine($"key: {key}");
    return 0;
}

static async Task<int> SubmitAsync(string hall, string project, string token, string price)
{
    var (body, key) = BidSealing.Seal(new { price = decimal.Parse(price, CultureInfo.InvariantCulture) });
    using var http = new HttpClient { BaseAddress = new Uri(hall) };
    var bidId = await new HallClient(http, token).UploadAsync(Guid.Parse(project), body, Guid.NewGuid().ToString());
    await File.WriteAllTextAsync($"bid-{bidId}.key", key);
    Console.WriteLine($"bid {bidId} uploaded; its key is in bid-{bidId}.key — keep it until the opening");
    return 0;
}

static async Task<int> RevealAsync(string hall, string project, string token, string bid)
{
    var key = (await File.ReadAllTextAsync($"bid-{bid}.key")).Trim();
    using var http = new HttpClient { BaseAddress = new Uri(hall) };
    var answer = await new HallClient(http, token).SupplyKeyAsync(Guid.Parse(project), Guid.Parse(bid), key);
    Console.WriteLine(answer);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: seal <price> | submit <hall-url> <project-id> <token> <price> | "
        + "reveal <hall-url> <project-id> <token> <bid-id>");
    return 2;
}
