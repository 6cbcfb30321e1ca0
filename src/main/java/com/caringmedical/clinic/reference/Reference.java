package com.caringmedical.clinic.reference;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** A published work that articles and treatment evidence cite. */
@Entity
@Table(name = "reference")
@BatchSize(size = 100)
public class Reference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ElementCollection
    @CollectionTable(name = "reference_author", joinColumns = @JoinColumn(name = "reference_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Author> authors = new ArrayList<>();

    private String title;
    private String journal;

    @Column(name = "journal_abbreviation")
    private String journalAbbreviation;

    private Integer year;
    private Integer month;
    private String volume;
    private String issue;
    private String pages;
    private String doi;
    private String pmid;

    @Column(name = "ama_citation")
    private String amaCitation;

    public Long id() {
        return id;
    }

    public List<Author> authors() {
        return authors;
    }

    public String title() {
        return title;
    }

    public String journal() {
        return journal;
    }

    public String journalAbbreviation() {
        return journalAbbreviation;
    }

    public Integer year() {
        return year;
    }

    public Integer month() {
        return month;
    }

    public String volume() {
        return volume;
    }

    public String issue() {
        return issue;
    }

    public String pages() {
        return pages;
    }

    public String doi() {
        return doi;
    }

    public String pmid() {
        return pmid;
    }

    public String amaCitation() {
        return amaCitation;
    }
}
