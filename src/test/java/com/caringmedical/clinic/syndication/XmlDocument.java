package com.caringmedical.clinic.syndication;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An XML answer read with XPath, its namespace under one prefix ({@code /a:feed/a:entry[1]/a:id}). */
final class XmlDocument {

    private final Document document;
    private final XPath xpath;

    private XmlDocument(Document document, XPath xpath) {
        this.document = document;
        this.xpath = xpath;
    }

    static XmlDocument parse(String xml, String prefix, String namespace) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            XPath xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String asked) {
                    return prefix.equals(asked) ? namespace : XMLConstants.NULL_NS_URI;
                }

                @Override
                public String getPrefix(String uri) {
                    return namespace.equals(uri) ? prefix : null;
                }

                @Override
                public Iterator<String> getPrefixes(String uri) {
                    return List.of(prefix).iterator();
                }
            });
            return new XmlDocument(document, xpath);
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    /** The text of the first node the expression selects; empty when it selects none. */
    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The text of every node the expression selects. */
    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
