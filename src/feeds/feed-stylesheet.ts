/**
 * The XSLT 1.0 stylesheet (`feed.xsl`) that browsers apply to our RSS feeds,
 * so that someone who clicks a feed link sees a readable page that explains
 * what a feed is instead of raw XML.
 *
 * Styling is optional by design: the feed stays valid RSS without it, and
 * browsers may drop XSLT (whatwg/html PR #11563). No script, no external
 * resources (fonts, CSS, images): one self-contained file.
 */

const STYLESHEET = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <html>
      <xsl:attribute name="lang"><xsl:value-of select="rss/channel/language"/></xsl:attribute>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="rss/channel/title"/> (web feed)</title>
        <style>
          body { font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
          main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          .about { background: #fff7d6; border: 1px solid #e0c45c; border-radius: .5rem; padding: .75rem 1rem; }
          .about code { word-break: break-all; background: #fff; padding: 0 .25rem; }
          h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.5rem 0 .5rem; }
          h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
          article { border-top: 1px solid #ddd; padding: 1rem 0; }
          article h3 { font-size: 1.125rem; margin: 0 0 .25rem; }
          .meta { color: #555; font-size: .9375rem; margin: 0 0 .25rem; }
          a { color: #0b57d0; }
          a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
        </style>
      </head>
      <body>
        <main>
          <p class="about">
            <strong>This is a web feed</strong> (RSS). Feed readers use it to show you new articles as they are published.
            To subscribe, copy this page's URL
            <xsl:if test="rss/channel/atom:link[@rel='self']/@href">
              (<code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code>)
            </xsl:if>
            into your feed reader.
          </p>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:call-template name="html-text"><xsl:with-param name="text" select="rss/channel/description"/></xsl:call-template></p>
          <p><a href="{rss/channel/link}">Visit the website</a></p>
          <h2>Latest articles</h2>
          <xsl:for-each select="rss/channel/item">
            <article>
              <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
              <p class="meta">
                <time><xsl:call-template name="local-date"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></time>
                <xsl:if test="dc:creator"> · <xsl:value-of select="dc:creator"/></xsl:if>
              </p>
              <p><xsl:call-template name="html-text"><xsl:with-param name="text" select="description"/></xsl:call-template></p>
            </article>
          </xsl:for-each>
        </main>
      </body>
    </html>
  </xsl:template>

  <!--
    RSS descriptions are HTML. Ours hold HTML-escaped plain text (&amp; &lt; &gt;),
    so decode those three and output the result as text. This avoids
    disable-output-escaping, which Firefox ignores, and never injects markup.
  -->
  <xsl:template name="html-text">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&amp;')">
        <xsl:value-of select="substring-before($text, '&amp;')"/>
        <xsl:variable name="rest" select="substring-after($text, '&amp;')"/>
        <xsl:choose>
          <xsl:when test="starts-with($rest, 'lt;')">
            <xsl:text>&lt;</xsl:text>
            <xsl:call-template name="html-text"><xsl:with-param name="text" select="substring($rest, 4)"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="starts-with($rest, 'gt;')">
            <xsl:text>&gt;</xsl:text>
            <xsl:call-template name="html-text"><xsl:with-param name="text" select="substring($rest, 4)"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="starts-with($rest, 'amp;')">
            <xsl:text>&amp;</xsl:text>
            <xsl:call-template name="html-text"><xsl:with-param name="text" select="substring($rest, 5)"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="starts-with($rest, 'quot;')">
            <xsl:text>"</xsl:text>
            <xsl:call-template name="html-text"><xsl:with-param name="text" select="substring($rest, 6)"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text>&amp;</xsl:text>
            <xsl:call-template name="html-text"><xsl:with-param name="text" select="$rest"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Thu, 26 Feb 2026 17:00:00 +0500" → "26 Feb 2026, 17:00 (UTC+05:00)": pubDate carries the
       site's offset, so this is the site's own time. A date-only article (stamped 12:00:00 UTC) shows
       its date alone, as the site does; anything else is shown as it stands. -->
  <xsl:template name="local-date">
    <xsl:param name="rfc822"/>
    <xsl:variable name="local" select="number(substring($rfc822, 18, 2)) * 60 + number(substring($rfc822, 21, 2))"/>
    <xsl:variable name="offset" select="(number(substring($rfc822, 28, 2)) * 60 + number(substring($rfc822, 30, 2))) * (1 - 2 * number(substring($rfc822, 27, 1) = '-'))"/>
    <xsl:choose>
      <xsl:when test="string-length($rfc822) = 31 and substring($rfc822, 24, 2) = '00' and ($local - $offset + 1440) mod 1440 = 720">
        <xsl:value-of select="substring($rfc822, 6, 11)"/>
      </xsl:when>
      <xsl:when test="string-length($rfc822) = 31">
        <xsl:value-of select="concat(substring($rfc822, 6, 11), ', ', substring($rfc822, 18, 5))"/>
        <xsl:choose>
          <xsl:when test="substring($rfc822, 27, 5) = '+0000'"><xsl:text> (UTC)</xsl:text></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(' (UTC', substring($rfc822, 27, 3), ':', substring($rfc822, 30, 2), ')')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$rfc822"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
`;

/** The stylesheet's text; serve it as `/feed.xsl` and reference it via `FeedChannel.stylesheetUrl`. */
export function renderFeedStylesheet(): string {
  return STYLESHEET;
}
