using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Seismic.Drills.Acks;
using Seismic.Drills.Delivery;

namespace Seismic.Web.Tests;

/// <summary>A real browser (Debian's Chromium, headless) against the app on a real 127.0.0.1 port.</summary>
public sealed class AckPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task TappingIAmSafe_InABrowser_ShowsTheConfirmation_AndRecordsIt()
    {
        File.Exists(Chromium).Should().BeTrue("the browser test uses Debian's chromium package (apt-get install chromium)");
        var events = new FakeDrillEvents();
        await using var app = await StartAsync(events);
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "zh-CN" });

        await page.GotoAsync($"{baseUrl}/ack/{FakeDrillEvents.Token}");
        (await page.TextContentAsync("h1")).Should().Contain("【演练】");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "我已安全到达 I am safe" }).ClickAsync();
        await page.WaitForSelectorAsync("[role=status]");
        var status = await page.TextContentAsync("[role=status]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(), FullPage = true });

        status.Should().Contain("已记录").And.Contain("I am safe");
        events.Acks.Should().ContainSingle().Which.Kind.Should().Be(AckKind.Safe);
    }

    private static async Task<WebApplication> StartAsync(IDrillEvents events)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebComposition.AddSeismicWeb(builder, new WebOptions { TwilioAuthToken = TestApp.AuthToken });
        builder.Services.AddSingleton(events);
        var app = builder.Build();
        WebComposition.MapSeismicWeb(app);
        await app.StartAsync();
        return app;
    }

    private static string ScreenshotPath([CallerFilePath] string source = "")
    {
        var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "docs", "screenshots"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "ack-page.png");
    }
}
