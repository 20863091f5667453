using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text: a line may break after any CJK character (Chinese has no
/// spaces; UAX #14 class ID) or at a space between Latin words; a word longer than the line is broken where it must.
/// </summary>
internal static class TextWrap
{
    public static List<string> Lines(SKFont font, string text, float width)
    {
        var lines = new List<string>();
        if (text.Length == 0)
        {
            return lines;
        }

        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (start >= text.Length)
            {
                break;
            }

            var end = start;
            var lastBreak = -1;
            while (end < text.Length)
            {
                var next = NextToken(text, end);
                if (font.MeasureText(text.AsSpan(start, next - start)) > width)
                {
                    break;
                }

                end = next;
                lastBreak = end;
            }

            if (end >= text.Length)
            {
                lines.Add(text[start..].TrimEnd());
                break;
            }

            if (lastBreak <= start)
            {
                // Not even one token fits: cut the token character by character.
                end = start + 1;
                while (end < text.Length && font.MeasureText(text.AsSpan(start, end + 1 - start)) <= width)
                {
                    end++;
                }
            }
            else
            {
                end = lastBreak;
            }

            lines.Add(text[start..end].TrimEnd());
            start = end;
        }

        return lines;
    }

    /// <summary>End of the token starting at <paramref name="i"/>: one CJK character, or a run of other characters
    /// up to and including the spaces after it.</summary>
    private static int NextToken(string text, int i)
    {
        if (IsBreakAnywhere(text[i]))
        {
            var end = i + 1;
            // Keep closing punctuation with the character before it (no line starts with "，" or "）").
            while (end < text.Length && IsClosing(text[end]))
            {
                end++;
            }

            return end;
        }

        var j = i;
        while (j < text.Length && text[j] != ' ' && !IsBreakAnywhere(text[j]))
        {
            j++;
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j == i ? i + 1 : j;
    }

    private static bool IsBreakAnywhere(char c) =>
        c is (>= '\u3400' and <= '\u9fff') or (>= '\u3000' and <= '\u303f') or (>= '\uff00' and <= '\uffef');

    private static bool IsClosing(char c) => c is '，' or '。' or '、' or '；' or '：' or '）' or '」' or '』' or '！' or '？' or ')' or ',' or '.';
}
