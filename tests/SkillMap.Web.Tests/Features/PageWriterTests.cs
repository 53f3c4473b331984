using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SkillMap.Web.Features;

namespace SkillMap.Web.Tests.Features;

public sealed class PageWriterTests
{
    // Japanese, emoji (surrogate pairs) and ASCII, long enough to be encoded in several slices and
    // flushed to the client part-way, as a large report is.
    [Theory]
    [InlineData(200)]
    [InlineData(30_000)]
    [InlineData(250_000)]
    public async Task A_page_of_any_size_reaches_the_client_byte_for_byte(int characters)
    {
        var text = string.Concat(Enumerable.Range(0, characters / 10 + 1).Select(i => $"評価{i % 10}😀 <p>\n")).Substring(0, characters);
        if (char.IsHighSurrogate(text[^1]))
        {
            text = text[..^1];
        }
        var body = new MemoryStream();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));

        await using (var writer = new PageWriter(context.Response, Encoding.UTF8))
        {
            for (var start = 0; start < text.Length; start += 997)
            {
                await writer.WriteAsync(text.AsMemory(start, Math.Min(997, text.Length - start)));
            }
            await writer.FlushAsync();
        }
        await context.Response.BodyWriter.FlushAsync();

        Assert.Equal(Encoding.UTF8.GetBytes(text), body.ToArray());
    }
}
