using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seismic.SmsSimulator.Tests;

/// <summary>A tiny HTTP server on 127.0.0.1 that records the webhooks it receives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookReceiver(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var address = default(WebhookReceiver);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var pairs = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty))).ToList();
            var url = $"{address!.BaseUrl.GetLeftPart(UriPartial.Authority)}{http.Request.Path}{http.Request.QueryString}";
            address.Received.Enqueue(new ReceivedWebhook(url, pairs, http.Request.Headers["X-Twilio-Signature"].ToString()));
            return Results.Content("<Response></Response>", "text/xml");
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        address = new WebhookReceiver(app, new Uri(bound));
        return address;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One received webhook.</summary>
public sealed record ReceivedWebhook(string Url, IReadOnlyList<KeyValuePair<string, string>> Form, string Signature)
{
    public string this[string name] => Form.First(p => p.Key == name).Value;
}
