/** Events (talks, meetings, rulings, deals) and indicators. */
package org.tariffgraph.api.event;
