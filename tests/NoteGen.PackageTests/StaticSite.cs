using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace NoteGen.PackageTests;

/// <summary>
/// Serves a published Blazor WebAssembly <c>wwwroot</c> the way any static host can: files as they are (uncompressed,
/// with their MIME types), and <c>index.html</c> for every path that names no file, so client routes such as
/// <c>/notes/{name}</c> load the app. Listens on 127.0.0.1 on a free port.
/// </summary>
public sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, ending in <c>/</c>.</summary>
    public Uri Address { get; }

    public static async Task<StaticSite> StartAsync(string wwwroot)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = wwwroot });
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var contentTypes = new FileExtensionContentTypeProvider();
        // The runtime's ICU data; the provider knows .wasm, .js, .json, .css and .html already.
        contentTypes.Mappings[".dat"] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(wwwroot), ContentTypeProvider = contentTypes });
        string index = Path.Combine(wwwroot, "index.html");
        app.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.SendFileAsync(index);
        });

        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
