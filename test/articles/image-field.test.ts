import { describe, expect, it } from "vitest";
import { mergeFields, readEditorialFields } from "../../src/articles/editorial-fields.ts";

const image = { file: "images/port.jpg", alt: "The port of Velsk at dawn.", credit: "Varnossa News Agency" };

describe("the image field", () => {
  it("reads file, alt, credit and an optional caption, with whitespace tidied", () => {
    expect(readEditorialFields({ image: { ...image, caption: "  The quay,\n  at dawn. " } }, "port.md").image).toEqual({ ...image, caption: "The quay, at dawn." });
    expect(readEditorialFields({ image: { ...image, file: "./images\\port.jpg" } }, "port.md").image?.file).toBe("images/port.jpg");
    expect(readEditorialFields({}, "port.md").image).toBeUndefined();
  });

  it.each([
    ["no alt text", { file: "images/port.jpg", credit: "V" }, /^port\.md: "image\.alt" is missing: describe what the photo shows/],
    ["blank alt text", { ...image, alt: "   " }, /"image\.alt" is missing/],
    ["no credit", { file: "images/port.jpg", alt: "The port." }, /"image\.credit" is missing/],
    ["no file", { alt: "The port.", credit: "V" }, /"image\.file" is missing/],
    ["a path out of the content folder", { ...image, file: "../secrets/port.jpg" }, /must be a path inside the content folder/],
    ["an absolute path", { ...image, file: "/etc/port.jpg" }, /must be a path inside the content folder/],
    ["a URL", { ...image, file: "https://example.org/port.jpg" }, /must be a path inside the content folder/],
    ["a file that is no picture", { ...image, file: "images/port.gif" }, /is not a JPEG, PNG, WebP or AVIF file/],
    ["an unknown key", { ...image, title: "Port" }, /"image" takes file, alt, credit and caption, not "title"/],
    ["a text instead of a mapping", "images/port.jpg", /"image" must be a mapping/],
    ["alt text that is not text", { ...image, alt: 42 }, /"image\.alt" must be text/],
    ["a control character", { ...image, alt: "Port\u0007" }, /"image\.alt" contains the control character U\+0007/],
  ])("fails naming the file for %s", (_label, value, message) => {
    expect(() => readEditorialFields({ image: value }, "port.md")).toThrow(message);
  });

  it("is taken whole from the source when both the source and the data file give one", () => {
    const fromData = readEditorialFields({ image: { ...image, caption: "From the data file" } }, "port.11tydata.json");
    const fromSource = readEditorialFields({ image }, "port.md");
    expect(mergeFields(fromData, fromSource).image).toEqual(image);
    expect(mergeFields(fromData, readEditorialFields({}, "port.md")).image?.caption).toBe("From the data file");
  });
});
