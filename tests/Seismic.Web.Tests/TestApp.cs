using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Delivery;
using Seismic.Drills.Twilio;

namespace Seismic.Web.Tests;

/// <summary>The web app's Program under WebApplicationFactory, with the fake domain and a known auth token.</summary>
internal sealed class TestApp : WebApplicationFactory<Program>
{
    public const string AuthToken = "web-test-auth-token-9c2e";

    private readonly WebOptions options;

    public TestApp(WebOptions? options = null)
    {
        this.options = options ?? new WebOptions { TwilioAuthToken = AuthToken };
    }

    public FakeDrillEvents Events { get; } = new();

    /// <summary>Posts a form signed (or not) as Twilio would sign it for <paramref name="signedUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostSignedAsync(
        HttpClient client, string path, IReadOnlyList<KeyValuePair<string, string>> form, string? signedUrl = null, string token = AuthToken,
        IReadOnlyList<KeyValuePair<string, string>>? sentForm = null, bool sign = true)
    {
        var url = signedUrl ?? new Uri(client.BaseAddress!, path).AbsoluteUri;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(sentForm ?? form) };
        if (sign)
        {
            request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(token, url, form));
        }

        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(options);
            services.AddSingleton<IDrillEvents>(Events);
        });
    }
}
