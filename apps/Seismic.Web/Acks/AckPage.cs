using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Seismic.Drills.Acks;

namespace Seismic.Web.Acks;

/// <summary>
/// The one-tap acknowledgement page: self-contained HTML (inline style, no script, no external asset — it must work
/// offline and on a weak phone), Chinese first, English second, two large buttons.
/// </summary>
internal static class AckPage
{
    /// <summary>Encodes markup characters only; Chinese text stays readable in the page source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        *{box-sizing:border-box}body{margin:0;font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
        background:#f3f4f6;color:#111827;line-height:1.45}main{max-width:30rem;margin:0 auto;padding:1rem}
        .card{background:#fff;border-radius:.75rem;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
        .exercise{display:inline-block;background:#fde68a;color:#78350f;font-weight:700;padding:.2rem .6rem;border-radius:.4rem}
        .real{display:inline-block;background:#dc2626;color:#fff;font-weight:700;padding:.2rem .6rem;border-radius:.4rem}
        h1{font-size:1.35rem;margin:.6rem 0}.en{color:#4b5563;font-size:.95rem}dl{margin:1rem 0;display:grid;grid-template-columns:auto 1fr;gap:.35rem .8rem}
        dt{color:#6b7280}dd{margin:0;font-weight:600}form{margin:0}button{display:block;width:100%;border:0;border-radius:.75rem;
        padding:1.1rem .75rem;margin:.8rem 0;font-size:1.3rem;font-weight:700;color:#fff;cursor:pointer}
        button small{display:block;font-size:1rem;font-weight:500;opacity:.95}.safe{background:#15803d}.help{background:#b91c1c}
        .done{border-left:.4rem solid #15803d;background:#ecfdf5;padding:.8rem 1rem;border-radius:.5rem;margin-top:1rem}
        .done.need{border-color:#b91c1c;background:#fef2f2}footer{color:#6b7280;font-size:.85rem;margin-top:1rem;text-align:center}
        """;

    public static string Render(AckLinkView view, string token, string antiforgeryField, string antiforgeryToken, bool justRecorded)
    {
        var e = Encoder;
        var html = new StringBuilder(4096);
        var title = (view.IsExercise ? "【演练】" : string.Empty) + view.Title;
        Head(html, title);
        html.Append("<main><div class=\"card\">");
        html.Append(view.IsExercise
            ? "<span class=\"exercise\">【演练】 EXERCISE</span>"
            : "<span class=\"real\">真实事件 REAL EVENT</span>");
        html.Append("<h1>").Append(e.Encode(title)).Append("</h1>");
        html.Append("<p>").Append(e.Encode(view.PersonName)).Append("，您好。请确认您的状态。<br><span class=\"en\">Hello ")
            .Append(e.Encode(view.PersonName)).Append(", please tell us how you are.</span></p>");
        html.Append("<dl><dt>社区 Community</dt><dd>").Append(e.Encode(view.Community)).Append("</dd>");
        if (view.ShelterName is { } shelter)
        {
            html.Append("<dt>避难场所 Shelter</dt><dd>").Append(e.Encode(shelter)).Append("</dd>");
        }

        if (view.WalkMinutes is { } minutes)
        {
            var text = Math.Ceiling(minutes).ToString("0", CultureInfo.InvariantCulture);
            html.Append("<dt>步行 Walk</dt><dd>约 ").Append(text).Append(" 分钟 · about ").Append(text).Append(" min</dd>");
        }

        html.Append("</dl>");
        if (view.Current is { } answer)
        {
            var when = view.AnsweredAt is { } at ? at.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", CultureInfo.InvariantCulture) : string.Empty;
            html.Append(answer == AckKind.Safe ? "<div class=\"done\" role=\"status\">" : "<div class=\"done need\" role=\"status\">")
                .Append(justRecorded ? "已记录 · Recorded: " : "您已回复 · You answered: ")
                .Append(answer == AckKind.Safe ? "<strong>我已安全到达 / I am safe</strong>" : "<strong>我需要帮助 / I need help</strong>")
                .Append(when.Length > 0 ? $" <span class=\"en\">({when} 北京时间 / Beijing time)</span>" : string.Empty)
                .Append("<br><span class=\"en\">可随时更改 · You can change your answer below.</span></div>");
        }

        html.Append("<form method=\"post\" action=\"/ack/").Append(e.Encode(token)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(e.Encode(antiforgeryField)).Append("\" value=\"").Append(e.Encode(antiforgeryToken)).Append("\">")
            .Append("<button class=\"safe\" type=\"submit\" name=\"answer\" value=\"safe\">我已安全到达<small>I am safe</small></button>")
            .Append("<button class=\"help\" type=\"submit\" name=\"answer\" value=\"help\">我需要帮助<small>I need help</small></button>")
            .Append("</form></div><footer>海珠区防震抗震办公室 · Haizhu District Earthquake Office</footer></main></body></html>");
        return html.ToString();
    }

    public static string NotFound()
    {
        var html = new StringBuilder(1024);
        Head(html, "链接无效 · Link not found");
        html.Append("<main><div class=\"card\"><h1>链接无效或已过期</h1><p class=\"en\">This acknowledgement link is not valid or has expired.</p>")
            .Append("<p>如需帮助，请联系您的社区防震减灾助理员。<br><span class=\"en\">If you need help, contact your community's disaster-reduction assistant.</span></p>")
            .Append("</div></main></body></html>");
        return html.ToString();
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(Encoder.Encode(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
}
