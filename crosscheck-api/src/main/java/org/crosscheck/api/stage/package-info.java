/**
 * The stages of crosscheck, one interface per job. Each is a stateless function over immutable records: no
 * field changes between calls, so one instance serves many threads and can run unchanged inside a distributed
 * operator. To add an implementation, implement the interface in its own module and compose it in the pipeline.
 */
package org.crosscheck.api.stage;
