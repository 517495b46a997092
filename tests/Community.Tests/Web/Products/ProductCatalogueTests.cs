using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Products;

public class ProductCatalogueTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    /// <summary>Posts the product form as multipart, the way the browser sends a file.</summary>
    private static async Task<HttpResponseMessage> SaveProductAsync(HttpClient client, string name, string slug, byte[]? image = null, string fileName = "photo.png", string contentType = "image/png", int? edit = null)
    {
        var token = await client.TokenAsync("/account/login");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(name), "Input.Name" },
            { new StringContent(slug), "Input.Slug" },
            { new StringContent("Air care"), "Input.Category" },
            { new StringContent("Quiet purifier for small rooms."), "Input.Description" },
        };
        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "Input.Image", fileName);
        }
        return await client.PostAsync(edit is null ? "/products/manage" : $"/products/manage?edit={edit}", form);
    }

    private static string Slug() => $"p-{Guid.NewGuid():N}"[..14];

    [Fact]
    public async Task The_brand_team_adds_a_product_with_a_photo_that_is_re_encoded_without_its_location()
    {
        var admin = await factory.AdminAsync();
        var slug = Slug();

        var saved = await SaveProductAsync(admin, "AirPure Mini", slug, TestImages.JpegWithGps("SECRET-HOME-37.5665"), "holiday.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/products/{slug}", saved.Headers.Location!.OriginalString);
        var product = await factory.WithDbAsync(db => db.Products.SingleAsync(p => p.Slug == slug));
        Assert.NotNull(product.ImageId);
        var page = await factory.Browser().GetStringAsync($"/products/{slug}");
        Assert.Contains($"src=\"/uploads/{product.ImageId}\"", page);

        var image = await factory.Browser().GetAsync($"/uploads/{product.ImageId}");
        var bytes = await image.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", image.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("WEBP", Encoding.ASCII.GetString(bytes, 8, 4));
        var text = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("SECRET-HOME", text);
        Assert.DoesNotContain("Exif", text);
        Assert.Single(Directory.GetFiles(factory.UploadFolder, $"{product.ImageId:N}.webp"));
        Assert.Empty(Directory.GetFiles(factory.UploadFolder, "*holiday*"));
    }

    public static TheoryData<string, byte[], string, string> HostileFiles() => new()
    {
        { "svg with script", TestImages.SvgWithScript, "logo.svg", "That file is not a PNG, JPEG, WebP or GIF image." },
        { "html renamed png", TestImages.HtmlPretendingToBePng, "innocent.png", "That file is not a PNG, JPEG, WebP or GIF image." },
        { "header bomb", TestImages.PngHeaderBomb(), "bomb.png", "Images are at most 40 megapixels." },
        { "oversize", [.. TestImages.Png(), .. new byte[4 * 1024 * 1024]], "huge.png", "Images are at most 4 MB." },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Hostile_uploads_are_refused_with_a_reason_and_nothing_is_saved(string kind, byte[] content, string fileName, string message)
    {
        var admin = await factory.AdminAsync();
        var slug = Slug();

        var response = await SaveProductAsync(admin, $"Hostile {kind}", slug, content, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Products.AnyAsync(p => p.Slug == slug)));
    }

    [Fact]
    public async Task Editing_keeps_the_photo_and_a_taken_slug_is_refused()
    {
        var admin = await factory.AdminAsync();
        var first = Slug();
        var second = Slug();
        await SaveProductAsync(admin, "RoboClean Lite", first, TestImages.Png());
        await SaveProductAsync(admin, "ThermoSense Mini", second);
        var product = await factory.WithDbAsync(db => db.Products.SingleAsync(p => p.Slug == first));

        var renamed = await SaveProductAsync(admin, "RoboClean Lite 2", first, edit: product.Id);
        var clash = await SaveProductAsync(admin, "RoboClean Lite 2", second, edit: product.Id);

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains($"Another product already uses the address “{second}”.", WebUtility.HtmlDecode(await clash.Content.ReadAsStringAsync()));
        var after = await factory.WithDbAsync(db => db.Products.SingleAsync(p => p.Id == product.Id));
        Assert.Equal(("RoboClean Lite 2", first, product.ImageId), (after.Name, after.Slug, after.ImageId));
        Assert.Contains("product.update", await admin.GetStringAsync("/moderation/audit"));
    }

    [Fact]
    public async Task Members_cannot_manage_products_and_unknown_uploads_are_not_found()
    {
        var member = await factory.RegisterAsync("Catalogue intruder");
        var slug = Slug();

        var response = await SaveProductAsync(member, "Fake product", slug);

        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Products.AnyAsync(p => p.Slug == slug)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/uploads/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/uploads/..%2F..%2Fappsettings.json")).StatusCode);
    }
}

public class PostImageTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] image, string fileName, bool withToken = true)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(image), "image", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uploads") { Content = form };
        if (withToken) request.Headers.Add("X-CSRF-TOKEN", await client.TokenAsync("/account/login"));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_pasted_image_is_stored_and_shows_in_the_published_answer()
    {
        var asker = await factory.RegisterAsync("Image asker");
        var member = await factory.RegisterAsync("Image poster");
        var questionId = await asker.AskAsync("What does the error light look like on yours?");

        var response = await UploadAsync(member, TestImages.Png(120, 80), "clipboard.png");
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var url = json.GetProperty("url").GetString()!;
        await member.AnswerAsync(questionId, $"Mine blinks like this:\n\n![image]({url})\n\nIt stops after a filter reset.");

        Assert.Equal(120, json.GetProperty("width").GetInt32());
        var page = await factory.Browser().GetAsync($"/questions/{questionId}");
        if (page.StatusCode == HttpStatusCode.MovedPermanently) page = await factory.Browser().GetAsync(page.Headers.Location!.OriginalString);
        Assert.Contains($"src=\"{url}\"", await page.Content.ReadAsStringAsync());
        Assert.Equal("image/webp", (await factory.Browser().GetAsync(url)).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Uploads_need_a_member_a_token_and_a_real_image()
    {
        var member = await factory.RegisterAsync("Careless uploader");

        var anonymous = await UploadAsync(factory.Browser(), TestImages.Png(), "a.png");
        var forged = await UploadAsync(member, TestImages.Png(), "a.png", withToken: false);
        var svg = await UploadAsync(member, TestImages.SvgWithScript, "logo.svg");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.Contains("not a PNG, JPEG, WebP or GIF", await svg.Content.ReadAsStringAsync());
    }
}

public class AvatarTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static async Task<HttpResponseMessage> UploadAvatarAsync(HttpClient client, int memberId, byte[] image, string fileName)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await client.TokenAsync("/account/login")), "__RequestVerificationToken" },
            { new ByteArrayContent(image), "avatar", fileName },
        };
        return await client.PostAsync($"/users/{memberId}?handler=Avatar", form);
    }

    [Fact]
    public async Task A_member_sets_their_own_picture_and_nobody_elses()
    {
        var member = await factory.RegisterAsync("Pictured member");
        var id = await factory.MemberIdAsync("Pictured member");
        var other = await factory.RegisterAsync("Picture intruder");

        var set = await UploadAvatarAsync(member, id, TestImages.JpegWithGps("MY-STREET-ADDRESS"), "me.jpg");
        var forged = await UploadAvatarAsync(other, id, TestImages.Png(), "x.png");
        var svg = await UploadAvatarAsync(member, id, TestImages.SvgWithScript, "me.svg");

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        Assert.Contains("That file is not a PNG, JPEG, WebP or GIF image.", WebUtility.HtmlDecode(await svg.Content.ReadAsStringAsync()));
        var avatarId = await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).Select(m => m.AvatarId).SingleAsync());
        Assert.NotNull(avatarId);
        Assert.Contains($"src=\"/uploads/{avatarId}\"", await factory.Browser().GetStringAsync($"/users/{id}"));
        Assert.DoesNotContain("MY-STREET-ADDRESS", System.Text.Encoding.Latin1.GetString(await factory.Browser().GetByteArrayAsync($"/uploads/{avatarId}")));
    }
}
